/** Accounts, roles and sign-in: instructor accounts in H2 with hashed passwords, throttled sign-in, and who may call what. */
package org.siyaq.security;
