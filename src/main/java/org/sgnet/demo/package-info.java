/** The Child J demo: a case bundle shipped in the jar, and the code that unpacks it. */
package org.sgnet.demo;
