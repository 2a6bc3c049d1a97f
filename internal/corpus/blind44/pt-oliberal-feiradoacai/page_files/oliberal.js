window.OL=window.OL||{};
