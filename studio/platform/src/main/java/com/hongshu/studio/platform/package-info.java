/**
 * The typed platform client. Start from {@link com.hongshu.studio.platform.PlatformClient} (one per account) with a
 * {@link com.hongshu.studio.platform.PlatformConfig} and a {@link com.hongshu.studio.platform.TokenStore}; failures
 * are {@link com.hongshu.studio.platform.PlatformException}s carrying an
 * {@link com.hongshu.studio.platform.ErrorCategory}. Request and reply records are grouped in
 * {@link com.hongshu.studio.platform.Common}, {@link com.hongshu.studio.platform.Products},
 * {@link com.hongshu.studio.platform.Orders}, {@link com.hongshu.studio.platform.Notes} and
 * {@link com.hongshu.studio.platform.Stats}.
 */
package com.hongshu.studio.platform;
