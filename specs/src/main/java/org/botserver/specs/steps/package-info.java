/**
 * The Cucumber steps bot teams use to test their own {@code .gbai} bots: point Cucumber's glue at this package.
 */
package org.botserver.specs.steps;
