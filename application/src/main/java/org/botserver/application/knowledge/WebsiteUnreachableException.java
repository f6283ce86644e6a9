package org.botserver.application.knowledge;

/** A web site's start page could not be read: refused address, no answer, an error status, or robots.txt forbids it. */
public class WebsiteUnreachableException extends RuntimeException {

    public WebsiteUnreachableException(String message) {
        super(message);
    }
}
