/**
 * The optional {@code spark} execution engine ({@link org.darkflav.spark.SparkExecutionEngine}), found by
 * {@link org.darkflav.infer.ExecutionEngines} through {@link java.util.ServiceLoader} when this jar is on
 * the class path. Nothing else in darkflav depends on it; Spark itself is provided by the cluster.
 */
package org.darkflav.spark;
