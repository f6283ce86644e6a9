/** Schedules of dialogs that run by themselves: five-field cron and the English phrases SET SCHEDULE accepts. */
package org.botserver.domain.schedule;
