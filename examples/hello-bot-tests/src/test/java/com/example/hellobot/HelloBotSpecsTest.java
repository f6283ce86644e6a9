package com.example.hellobot;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs the feature files under src/test/resources/features with BotServer's steps. */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = "cucumber.glue", value = "org.botserver.specs.steps")
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
class HelloBotSpecsTest {
}
