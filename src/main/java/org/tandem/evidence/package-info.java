/**
 * Evidence: how well a county's screening instrument performs for its own youth. Pairs
 * each screening with the reference outcome that followed it (a confirmed or ruled-out
 * determination) and computes the validation statistics (sensitivity, specificity, ROC
 * and AUC with DeLong's interval, Cronbach's alpha, agreement between screeners). The
 * statistics match R's {@code pROC} and {@code psych} (fixtures under
 * {@code src/test/resources/evidence}). Only aggregates leave this module, and groups too
 * small to protect the youth in them are suppressed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.tandem.evidence;
