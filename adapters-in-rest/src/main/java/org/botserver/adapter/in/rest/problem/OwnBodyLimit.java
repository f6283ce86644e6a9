package org.botserver.adapter.in.rest.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an upload endpoint that bounds its body itself (a bot package, a knowledge-base document), so the
 * server-wide 512 KiB body limit for JSON requests does not apply to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OwnBodyLimit {
}
