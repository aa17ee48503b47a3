/**
 * The open kernel every module may use: money, periods, the clock, the audit trail, errors as problem
 * details, the page layout and navigation. Kept small on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fourmiliere.shared;
