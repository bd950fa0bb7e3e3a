/**
 * Deliberately wrong classes that prove the architecture rules of
 * {@code be.brussels.pan.service.architecture.ArchitectureTest} can fail: a controller using another feature's
 * store, a cycle between two feature packages, a lower layer using Spring. They live outside
 * {@code be.brussels.pan.service} so that the service's component scan never registers the fixture controllers,
 * and the rules over the real code import no test classes.
 */
package be.brussels.pan.archfixture;
