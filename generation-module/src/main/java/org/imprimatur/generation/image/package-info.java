/**
 * Image generation through an OpenAI-images-compatible API. Generated images enter review like any article;
 * nothing here can publish them.
 */
package org.imprimatur.generation.image;
