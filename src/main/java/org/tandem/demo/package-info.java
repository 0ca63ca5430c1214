/**
 * The demo county: seeded on first start of the embedded default, never against real
 * data; and a generator of synthetic youth for trying Tandem at scale and for benchmarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.tandem.demo;
