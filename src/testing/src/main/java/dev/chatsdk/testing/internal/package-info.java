/** Implementation of the emulator's HTTP side; not an API, may change without notice. */
@NullMarked
package dev.chatsdk.testing.internal;

import org.jspecify.annotations.NullMarked;
