window.btPlayer=window.btPlayer||{};
