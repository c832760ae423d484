/** The {@code partner} source: a partner agency's list of children and their contacts. */
package org.sgnet.sources.partner;
