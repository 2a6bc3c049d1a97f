/* dawn app bundle (saved) */
window.DAWN=window.DAWN||{};
