/**
 * Pass prediction: when satellites rise, culminate and set for observers on the ground.
 * <ul>
 * <li>{@link space.cosmodrome.passes.PassPredictor}: the engine; many element sets against many observers over a
 * window, batch SGP4 on a coarse grid, refined rises, sets and culminations, visibility.</li>
 * <li>{@link space.cosmodrome.passes.Observer} and {@link space.cosmodrome.passes.HorizonMask}: where the observer
 * is and what it cannot see.</li>
 * <li>{@link space.cosmodrome.passes.Pass}, {@link space.cosmodrome.passes.PassPrediction},
 * {@link space.cosmodrome.passes.ObjectFailure}: results.</li>
 * <li>{@link space.cosmodrome.passes.ShadowModel}: cylindrical or conical Earth shadow.</li>
 * </ul>
 */
package space.cosmodrome.passes;
