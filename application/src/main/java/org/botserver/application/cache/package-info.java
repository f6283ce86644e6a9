/**
 * The semantic answer cache: a model's answer kept for the same question in the same context (exact hit) or
 * for a question that means the same (semantic hit, by embedding similarity), so a repeated question is
 * answered in milliseconds without calling the model again.
 */
package org.botserver.application.cache;
