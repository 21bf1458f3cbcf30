package space.cosmodrome.passes;

/** How the Earth's shadow is modelled when deciding whether a satellite is sunlit. */
public enum ShadowModel {
    /** A cylinder of the Earth's equatorial radius behind the Earth, along the Sun direction. */
    CYLINDRICAL,
    /** The umbra cone of a spherical Earth and a spherical Sun: penumbra counts as sunlit. */
    CONICAL
}
