/**
 * The demo collective, modelled on Koumbit in 2007 (seeds 000 and 002): who is who, which bodies and
 * organisations exist. Loaded only on request ({@code --demo} or {@code FOURMILIERE_DEMO=true}); each module
 * loads its own part through its own services, as a {@code shared.demo.DemoContributor}. The demo depends on
 * the modules through that kernel interface; no module depends on the demo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo collective", allowedDependencies = "shared")
package org.fourmiliere.demo;
