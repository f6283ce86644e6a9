/** Rate-limit token buckets on Bucket4j. */
package org.botserver.adapter.out.persistence.bucket4j;
