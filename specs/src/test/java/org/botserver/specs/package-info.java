/** Cucumber behaviour specs of the system and the step library bot teams use on their own bots. */
package org.botserver.specs;
