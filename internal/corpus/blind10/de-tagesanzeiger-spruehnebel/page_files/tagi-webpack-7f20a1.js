self.__next_f=[];
