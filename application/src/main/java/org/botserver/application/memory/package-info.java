/** What dialogs keep between conversations: bot memory, user memory, REMEMBERed values and the session values. */
package org.botserver.application.memory;
