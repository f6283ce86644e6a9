/** Bot tables: their names, column names and the filters FIND, UPDATE and DELETE select rows with. */
package org.botserver.domain.table;
