/** Knowledge bases: which collection of a bot is meant, how documents become passages and chunks. */
package org.botserver.domain.knowledge;
