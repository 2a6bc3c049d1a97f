var NDR=NDR||{};
