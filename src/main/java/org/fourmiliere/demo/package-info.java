/**
 * The demo collective, modelled on Koumbit in 2007 (seeds 000 and 002): who is who, which bodies and
 * organisations exist. Loaded only on request ({@code --demo} or {@code FOURMILIERE_DEMO=true}); each module
 * loads its own part through its own services, as a {@link DemoContributor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo collective", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fourmiliere.demo;
