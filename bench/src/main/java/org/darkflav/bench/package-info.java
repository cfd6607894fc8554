/** JMH benchmarks and cost counters of the engine, toys, limits and look-elsewhere scans (run with bench/run.sh). */
package org.darkflav.bench;
