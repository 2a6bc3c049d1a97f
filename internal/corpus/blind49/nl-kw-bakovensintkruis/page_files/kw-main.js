window.rmg=window.rmg||{};
