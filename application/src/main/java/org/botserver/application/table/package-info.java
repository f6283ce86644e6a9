/** Bot tables: the FIND, SAVE, INSERT, UPDATE, DELETE and MERGE keywords and the changes they announce. */
package org.botserver.application.table;
