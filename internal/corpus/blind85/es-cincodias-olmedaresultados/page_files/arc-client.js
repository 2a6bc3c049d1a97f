window.ENP=window.ENP||{};
