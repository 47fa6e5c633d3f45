/** Implementation details of the Google Chat backend; not API, may change without notice. */
@NullMarked
package dev.chatsdk.googlechat.internal;

import org.jspecify.annotations.NullMarked;
