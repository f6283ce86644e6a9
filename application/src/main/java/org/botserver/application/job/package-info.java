/**
 * Dialogs that run with nobody in the conversation: on their SET SCHEDULE ticks, exactly once per tick across the
 * servers sharing the database, and on the ON INSERT/UPDATE/DELETE OF table events they declare.
 */
package org.botserver.application.job;
