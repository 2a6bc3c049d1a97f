self.__next_f=self.__next_f||[];self.__next_f.push([1,'article']);
