window.DM=window.DM||{};
