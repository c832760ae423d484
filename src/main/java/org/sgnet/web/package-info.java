/**
 * The reviewer web pages: server-rendered GOV.UK Frontend shells whose scripts (built from {@code
 * src/main/web} into {@code /assets}) call the JSON API with the session cookie; the login form
 * that sets that cookie; and the redirect of anonymous page visits to the login form.
 */
package org.sgnet.web;
