/**
 * Conjunction screening results in and out: {@link space.cosmodrome.io.conjunction.ConjunctionFiles} writes JSON and
 * CSV (streamed), and CCSDS CDMs (one KVN file per conjunction, written by Orekit).
 */
package space.cosmodrome.io.conjunction;
