package org.fourmiliere.support;

/** A page flow in a real browser against a {@link DemoInstance}, signed in as demo persons. */
@DemoInstance
public abstract class DemoBrowserTest extends BrowserBase {

    /** Signs in as a demo person ({@code "claire"} → claire@example.org). */
    protected void signInAs(String demoPerson) {
        signIn(demoPerson + "@example.org", DemoInstance.PASSWORD);
    }
}
