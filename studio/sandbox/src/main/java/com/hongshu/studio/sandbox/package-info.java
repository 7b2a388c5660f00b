/**
 * The local platform sandbox: a loopback HTTP server implementing the platform contract with its own rules and
 * types. Public API: {@link com.hongshu.studio.sandbox.SandboxServer#start(SandboxConfig)},
 * {@link com.hongshu.studio.sandbox.SandboxConfig}, {@link com.hongshu.studio.sandbox.SandboxControl} (the
 * {@code /__sandbox} control plane from Java) and {@link com.hongshu.studio.sandbox.SandboxMain} (standalone).
 * Everything else is package-private on purpose.
 */
package com.hongshu.studio.sandbox;
