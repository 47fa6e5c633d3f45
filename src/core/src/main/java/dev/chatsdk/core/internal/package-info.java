/** SDK internals shared by the modules (generated models use them). Not API: may change in any release. */
@NullMarked
package dev.chatsdk.core.internal;

import org.jspecify.annotations.NullMarked;
