window.rma=window.rma||{};
