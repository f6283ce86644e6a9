/** Object storage for bot packages: S3 through the MinIO client, and the local file system. */
package org.botserver.adapter.out.storage;
