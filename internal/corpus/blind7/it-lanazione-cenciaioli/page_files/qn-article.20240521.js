window.QN=window.QN||{};QN.section="prato";
