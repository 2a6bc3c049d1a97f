window.NM=window.NM||{};
