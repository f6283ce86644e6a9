/** What dialogs keep between conversations: how long a REMEMBERed value lasts. */
package org.botserver.domain.memory;
