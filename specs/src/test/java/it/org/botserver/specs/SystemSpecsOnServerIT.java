package it.org.botserver.specs;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every system feature again, over REST against the Open Liberty server the build starts around Failsafe
 * (its address comes in as -Dbotserver.url), but for the scenarios tagged {@code @in-process}: they edit a deployed
 * bot's dialog, which a server reloads from its own storage instead. The step library gets an operator's token.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.botserver.specs.steps")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "not @in-process")
class SystemSpecsOnServerIT {

    @BeforeSuite
    static void waitUntilTheServerIsReady() {
        ServerReadiness.await(System.getProperty("botserver.url"));
        AdminToken.install();
    }
}
