/**
 * Accounts, roles and sign-in: instructor accounts in H2 with hashed passwords, throttled sign-in, the
 * class code that can close the tools to visitors without it, and who may call what.
 */
package org.siyaq.security;
