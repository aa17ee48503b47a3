/**
 * The open kernel every module may use: money, periods, the clock, the audit trail, errors as problem
 * details, the page layout and navigation, and the contract by which modules load their part of the demo
 * ({@code shared.demo}). Kept small on purpose, and depends on no module: every module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.fourmiliere.shared;
